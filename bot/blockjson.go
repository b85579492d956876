package bot

import (
	"encoding/json"
	"unicode/utf8"

	"github.com/slack-go/slack"
)

// A reply's JSON, without reflection.
//
// Slack-go's Block Kit types are the source of every block fundbot sends;
// encoding/json turns them into JSON through reflection and, for lists of
// elements, through slack-go's MarshalJSON methods, which marshal each list
// on its own and have encoding/json check and copy the result again. For a
// slash command's reply, computed for every question the cache does not
// hold, that was about a tenth of `fundbot serve`'s CPU time under the load
// test's distinct questions.
//
// appendReply writes the same bytes directly for the block and element
// types Render makes, field by field, in the order and with the omitempty
// rules of their json tags, and hands any other block (or a block with a
// field it does not write, set) to encoding/json. TestAppendReplyMatchesJSON
// holds the bytes equal to json.Marshal's for every rendered golden answer,
// every distinct load-test answer and fuzzed text; TestBlockJSONFields
// fails when slack-go's types gain or lose a field, so that a new field
// cannot be dropped silently.

// appendReply appends to dst a slash command's reply body: msg as a
// message of responseType ("ephemeral" or "in_channel"). The bytes are those
// of json.Marshal(replyBody{responseType, msg.Text, msg.Blocks}).
func appendReply(dst []byte, msg Message, responseType string) ([]byte, error) {
	dst = appendField(dst, `{"response_type":`, responseType)
	dst = appendField(dst, `,"text":`, msg.Text)
	if len(msg.Blocks) > 0 {
		dst = append(dst, `,"blocks":[`...)
		for i, b := range msg.Blocks {
			if i > 0 {
				dst = append(dst, ',')
			}
			var err error
			if dst, err = appendBlock(dst, b); err != nil {
				return nil, err
			}
		}
		dst = append(dst, ']')
	}
	return append(dst, '}'), nil
}

// appendBlock appends b's JSON, written directly when it is of a type and
// shape appendReply knows, by encoding/json otherwise.
func appendBlock(dst []byte, b slack.Block) ([]byte, error) {
	if out, ok := appendKnownBlock(dst, b); ok {
		return out, nil
	}
	raw, err := json.Marshal(b)
	if err != nil {
		return nil, err
	}
	return append(dst, raw...), nil
}

// appendKnownBlock appends b's JSON and reports true when b is of a type and
// shape it writes; otherwise it returns dst as it was and false.
func appendKnownBlock(dst []byte, b slack.Block) ([]byte, bool) {
	switch b := b.(type) {
	case *slack.SectionBlock:
		if b == nil || len(b.Fields) > 0 || b.Accessory != nil || b.Expand {
			return dst, false
		}
		dst = appendBlockStart(dst, string(b.Type))
		if b.Text != nil {
			dst = append(dst, `,"text":`...)
			dst = appendTextObject(dst, b.Text)
		}
		return append(appendBlockID(dst, b.BlockID), '}'), true
	case *slack.ContextBlock:
		if b == nil {
			return dst, false
		}
		for _, e := range b.ContextElements.Elements {
			if t, ok := e.(*slack.TextBlockObject); !ok || t == nil {
				return dst, false
			}
		}
		dst = appendBlockStart(dst, string(b.Type))
		dst = appendBlockID(dst, b.BlockID)
		dst = append(dst, `,"elements":`...)
		if b.ContextElements.Elements == nil {
			dst = append(dst, "null"...)
		} else {
			dst = append(dst, '[')
			for i, e := range b.ContextElements.Elements {
				if i > 0 {
					dst = append(dst, ',')
				}
				dst = appendTextObject(dst, e.(*slack.TextBlockObject))
			}
			dst = append(dst, ']')
		}
		return append(dst, '}'), true
	case *slack.ActionBlock:
		if b == nil {
			return dst, false
		}
		return appendElementsBlock(dst, string(b.Type), b.BlockID, b.Elements)
	case *slack.ContextActionsBlock:
		if b == nil {
			return dst, false
		}
		return appendElementsBlock(dst, string(b.Type), b.BlockID, b.Elements)
	}
	return dst, false
}

// appendElementsBlock appends an actions or context_actions block and
// reports true, or returns dst as it was and false when an element is not
// of a shape appendElements writes.
func appendElementsBlock(dst []byte, typ, blockID string, es *slack.BlockElements) ([]byte, bool) {
	if !knownElements(es) {
		return dst, false
	}
	dst = appendBlockStart(dst, typ)
	dst = appendBlockID(dst, blockID)
	dst = append(dst, `,"elements":`...)
	return append(appendElements(dst, es), '}'), true
}

// appendBlockStart opens a block's object with its type.
func appendBlockStart(dst []byte, typ string) []byte {
	dst = append(dst, `{"type":`...)
	return appendJSONString(dst, typ)
}

// appendBlockID appends a block's block_id field unless it is empty
// (omitempty).
func appendBlockID(dst []byte, id string) []byte {
	return appendOptional(dst, `,"block_id":`, id)
}

// knownElements reports whether every element of es is a button or a set
// of feedback buttons of a shape appendElements writes.
func knownElements(es *slack.BlockElements) bool {
	if es == nil {
		return true
	}
	for _, e := range es.ElementSet {
		switch e := e.(type) {
		case *slack.ButtonBlockElement:
			if e == nil || e.Confirm != nil || len(e.VisibleToUserIDs) > 0 {
				return false
			}
		case *slack.FeedbackButtonsBlockElement:
			if e == nil {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// appendElements appends the elements of an action or context_actions
// block, as (*slack.BlockElements).MarshalJSON writes them: null for none.
func appendElements(dst []byte, es *slack.BlockElements) []byte {
	if es == nil || es.ElementSet == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i, e := range es.ElementSet {
		if i > 0 {
			dst = append(dst, ',')
		}
		switch e := e.(type) {
		case *slack.ButtonBlockElement:
			dst = appendButton(dst, e)
		case *slack.FeedbackButtonsBlockElement:
			dst = appendFeedbackButtons(dst, e)
		}
	}
	return append(dst, ']')
}

// appendButton appends a button element (with neither confirm nor
// visible_to_user_ids: knownElements sends those to encoding/json).
func appendButton(dst []byte, e *slack.ButtonBlockElement) []byte {
	dst = append(dst, '{')
	if e.Type != "" {
		dst = appendField(dst, `"type":`, string(e.Type))
		dst = append(dst, ',')
	}
	dst = append(dst, `"text":`...)
	dst = appendTextObject(dst, e.Text)
	dst = appendOptional(dst, `,"action_id":`, e.ActionID)
	dst = appendOptional(dst, `,"url":`, e.URL)
	dst = appendOptional(dst, `,"value":`, e.Value)
	dst = appendOptional(dst, `,"style":`, string(e.Style))
	dst = appendOptional(dst, `,"accessibility_label":`, e.AccessibilityLabel)
	dst = appendOptional(dst, `,"agent_prompt":`, e.AgentPrompt)
	dst = appendOptional(dst, `,"agent_prompt_display":`, e.AgentPromptDisplay)
	return append(dst, '}')
}

// appendFeedbackButtons appends a feedback_buttons element.
func appendFeedbackButtons(dst []byte, e *slack.FeedbackButtonsBlockElement) []byte {
	dst = appendField(dst, `{"type":`, string(e.Type))
	dst = appendOptional(dst, `,"action_id":`, e.ActionID)
	dst = append(dst, `,"positive_button":`...)
	dst = appendFeedbackButton(dst, e.PositiveButton)
	dst = append(dst, `,"negative_button":`...)
	dst = appendFeedbackButton(dst, e.NegativeButton)
	return append(dst, '}')
}

// appendFeedbackButton appends one button of a feedback_buttons element, or
// null.
func appendFeedbackButton(dst []byte, b *slack.FeedbackButton) []byte {
	if b == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, `{"text":`...)
	dst = appendTextObject(dst, b.Text)
	dst = appendField(dst, `,"value":`, b.Value)
	dst = appendOptional(dst, `,"accessibility_label":`, b.AccessibilityLabel)
	return append(dst, '}')
}

// appendTextObject appends a text object, or null.
func appendTextObject(dst []byte, t *slack.TextBlockObject) []byte {
	if t == nil {
		return append(dst, "null"...)
	}
	dst = appendField(dst, `{"type":`, t.Type)
	dst = appendField(dst, `,"text":`, t.Text)
	if t.Emoji != nil {
		if *t.Emoji {
			dst = append(dst, `,"emoji":true`...)
		} else {
			dst = append(dst, `,"emoji":false`...)
		}
	}
	if t.Verbatim {
		dst = append(dst, `,"verbatim":true`...)
	}
	return append(dst, '}')
}

// appendField appends key (with its punctuation) and the string s.
func appendField(dst []byte, key, s string) []byte {
	return appendJSONString(append(dst, key...), s)
}

// appendOptional appends key and s unless s is empty (omitempty); key
// starts with its comma.
func appendOptional(dst []byte, key, s string) []byte {
	if s == "" {
		return dst
	}
	return appendField(dst, key, s)
}

const hexDigits = "0123456789abcdef"

// jsonSafeLow and jsonSafeHigh have bit b set for each ASCII byte b (below
// 64 and from 64, respectively) that a JSON string holds as it is: not a
// control character, ", \, <, > or &.
const (
	jsonSafeLow  = ^uint64(1<<0x20-1) &^ (1<<'"' | 1<<'&' | 1<<'<' | 1<<'>')
	jsonSafeHigh = ^uint64(0) &^ (1 << ('\\' - 64))
)

// jsonSafe reports whether the ASCII byte b stands as it is in a JSON string.
func jsonSafe(b byte) bool {
	if b < 64 {
		return jsonSafeLow>>b&1 == 1
	}
	return jsonSafeHigh>>(b-64)&1 == 1
}

// appendJSONString appends s as a JSON string exactly as encoding/json
// writes it (its appendString, with HTML escaping, as json.Marshal does):
// ", \ and control characters escaped, <, > and & as \u003c, \u003e and
// \u0026, U+2028 and U+2029 escaped, and each byte that is not UTF-8 as
// \ufffd.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && textWord(word(s, i)) {
			i += 8 // written as they are
			continue
		}
		if b := s[i]; b < utf8.RuneSelf {
			if jsonSafe(b) {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
