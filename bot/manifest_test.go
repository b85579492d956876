package bot

import (
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

// What the bot handles, which the app manifest must ask Slack for: no less,
// so that every feature works, and no more, so that the app holds no scope
// it does not use.
var (
	// handledCommands are the slash commands the bot answers (through the
	// answer engine's grammar).
	handledCommands = []string{"/contact", "/funding"}
	// handledEvents are the Events API events the bot handles: mentions in
	// channels and direct messages; the Home tab and the assistant panel
	// opened; the token revoked or the app uninstalled.
	handledEvents = []string{"app_mention", "message.im", "app_home_opened", "assistant_thread_started",
		"tokens_revoked", "app_uninstalled"}
	// neededScopes are the bot scopes those need, each with what needs it.
	neededScopes = map[string]string{
		"commands":          "slash commands",
		"app_mentions:read": "the app_mention event",
		"im:history":        "the message.im event",
		"chat:write":        "chat.postMessage and chat.postEphemeral replies",
		"assistant:write":   "assistant_thread_started and assistant.threads.setSuggestedPrompts",
	}
)

// requestURL is the placeholder request URL of HTTP mode, the same for
// events, commands and interactivity (Bolt's convention).
const requestURL = "https://example.invalid/slack/events"

// appManifest is the part of a Slack app manifest that fundbot sets.
type appManifest struct {
	Metadata struct {
		MajorVersion int `yaml:"major_version"`
	} `yaml:"_metadata"`
	DisplayInformation struct {
		Name        string `yaml:"name"`
		Description string `yaml:"description"`
	} `yaml:"display_information"`
	Features struct {
		AppHome struct {
			HomeTabEnabled             bool `yaml:"home_tab_enabled"`
			MessagesTabEnabled         bool `yaml:"messages_tab_enabled"`
			MessagesTabReadOnlyEnabled bool `yaml:"messages_tab_read_only_enabled"`
		} `yaml:"app_home"`
		AssistantView struct {
			AssistantDescription string `yaml:"assistant_description"`
		} `yaml:"assistant_view"`
		BotUser struct {
			DisplayName  string `yaml:"display_name"`
			AlwaysOnline *bool  `yaml:"always_online"`
		} `yaml:"bot_user"`
		SlashCommands []struct {
			Command      string `yaml:"command"`
			URL          string `yaml:"url"`
			Description  string `yaml:"description"`
			UsageHint    string `yaml:"usage_hint"`
			ShouldEscape *bool  `yaml:"should_escape"`
		} `yaml:"slash_commands"`
	} `yaml:"features"`
	OAuthConfig struct {
		Scopes struct {
			Bot  []string `yaml:"bot"`
			User []string `yaml:"user"`
		} `yaml:"scopes"`
	} `yaml:"oauth_config"`
	Settings struct {
		EventSubscriptions struct {
			RequestURL string   `yaml:"request_url"`
			BotEvents  []string `yaml:"bot_events"`
			UserEvents []string `yaml:"user_events"`
		} `yaml:"event_subscriptions"`
		Interactivity struct {
			IsEnabled  bool   `yaml:"is_enabled"`
			RequestURL string `yaml:"request_url"`
		} `yaml:"interactivity"`
		OrgDeployEnabled     *bool `yaml:"org_deploy_enabled"`
		SocketModeEnabled    *bool `yaml:"socket_mode_enabled"`
		TokenRotationEnabled *bool `yaml:"token_rotation_enabled"`
	} `yaml:"settings"`
}

// readManifest parses the repository's manifest.yml, as a struct and as a
// YAML node tree (which keeps the comments).
func readManifest(t *testing.T) (appManifest, *yaml.Node) {
	t.Helper()
	data, err := os.ReadFile("../manifest.yml")
	if err != nil {
		t.Fatal(err)
	}
	var m appManifest
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatalf("parse manifest.yml: %v", err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		t.Fatalf("parse manifest.yml: %v", err)
	}
	return m, &root
}

func TestManifest(t *testing.T) {
	m, _ := readManifest(t)
	sorted := func(s []string) []string { s = slices.Clone(s); slices.Sort(s); return s }
	isFalse := func(b *bool) bool { return b != nil && !*b }
	isTrue := func(b *bool) bool { return b != nil && *b }

	t.Run("metadata and names", func(t *testing.T) {
		if m.Metadata.MajorVersion != 1 {
			t.Errorf("_metadata.major_version = %d, want 1", m.Metadata.MajorVersion)
		}
		if m.DisplayInformation.Name != "fundbot" || m.Features.BotUser.DisplayName != "fundbot" {
			t.Errorf("names = %q (app), %q (bot user), want fundbot", m.DisplayInformation.Name, m.Features.BotUser.DisplayName)
		}
		if !isFalse(m.Features.BotUser.AlwaysOnline) {
			t.Errorf("bot_user.always_online = %v, want false", m.Features.BotUser.AlwaysOnline)
		}
	})
	t.Run("commands", func(t *testing.T) {
		var got []string
		for _, c := range m.Features.SlashCommands {
			got = append(got, c.Command)
			if c.Description == "" || c.UsageHint == "" {
				t.Errorf("%s: description %q, usage_hint %q, want both", c.Command, c.Description, c.UsageHint)
			}
			if !isFalse(c.ShouldEscape) {
				t.Errorf("%s: should_escape = %v, want false", c.Command, c.ShouldEscape)
			}
			if c.URL != requestURL {
				t.Errorf("%s: url = %q, want %q", c.Command, c.URL, requestURL)
			}
		}
		if diff := cmp.Diff(sorted(handledCommands), sorted(got)); diff != "" {
			t.Errorf("slash commands differ from those the bot handles (-handled +manifest):\n%s", diff)
		}
	})
	t.Run("events", func(t *testing.T) {
		ev := m.Settings.EventSubscriptions
		if diff := cmp.Diff(sorted(handledEvents), sorted(ev.BotEvents)); diff != "" {
			t.Errorf("bot events differ from those the bot handles (-handled +manifest):\n%s", diff)
		}
		if len(ev.UserEvents) > 0 {
			t.Errorf("user_events = %q, want none", ev.UserEvents)
		}
		if ev.RequestURL != requestURL {
			t.Errorf("event_subscriptions.request_url = %q, want %q", ev.RequestURL, requestURL)
		}
		home := m.Features.AppHome
		if !home.MessagesTabEnabled || home.MessagesTabReadOnlyEnabled {
			t.Errorf("app_home: messages tab enabled %v, read-only %v; want true, false (message.im needs people able to DM the bot)",
				home.MessagesTabEnabled, home.MessagesTabReadOnlyEnabled)
		}
		if !home.HomeTabEnabled {
			t.Errorf("app_home.home_tab_enabled = false, want true: the bot publishes a Home tab on app_home_opened")
		}
		if m.Features.AssistantView.AssistantDescription == "" {
			t.Errorf("features.assistant_view has no assistant_description: the bot answers assistant_thread_started")
		}
	})
	t.Run("scopes", func(t *testing.T) {
		var want []string
		for s := range neededScopes {
			want = append(want, s)
		}
		if diff := cmp.Diff(sorted(want), sorted(m.OAuthConfig.Scopes.Bot)); diff != "" {
			t.Errorf("bot scopes differ from those the bot needs (-needed +manifest):\n%s", diff)
		}
		if len(m.OAuthConfig.Scopes.User) > 0 {
			t.Errorf("user scopes = %q, want none", m.OAuthConfig.Scopes.User)
		}
	})
	t.Run("settings", func(t *testing.T) {
		s := m.Settings
		if !s.Interactivity.IsEnabled || s.Interactivity.RequestURL != requestURL {
			t.Errorf("interactivity = {%v, %q}, want {true, %q} for the Share button", s.Interactivity.IsEnabled, s.Interactivity.RequestURL, requestURL)
		}
		if !isTrue(s.SocketModeEnabled) || !isFalse(s.OrgDeployEnabled) || !isFalse(s.TokenRotationEnabled) {
			t.Errorf("socket_mode_enabled %v, org_deploy_enabled %v, token_rotation_enabled %v; want true, false, false",
				s.SocketModeEnabled, s.OrgDeployEnabled, s.TokenRotationEnabled)
		}
	})
}

// TestManifestScopesJustified checks that every bot scope carries a comment
// saying why fundbot needs it.
func TestManifestScopesJustified(t *testing.T) {
	_, root := readManifest(t)
	scopes := lookup(root.Content[0], "oauth_config", "scopes", "bot")
	if scopes == nil || scopes.Kind != yaml.SequenceNode {
		t.Fatal("manifest.yml has no oauth_config.scopes.bot list")
	}
	for _, s := range scopes.Content {
		if s.HeadComment == "" && s.LineComment == "" {
			t.Errorf("scope %s has no comment saying why fundbot needs it", s.Value)
		}
	}
}

// lookup follows keys down a tree of YAML mappings.
func lookup(n *yaml.Node, keys ...string) *yaml.Node {
	for _, k := range keys {
		if n.Kind != yaml.MappingNode {
			return nil
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				next = n.Content[i+1]
			}
		}
		if next == nil {
			return nil
		}
		n = next
	}
	return n
}
