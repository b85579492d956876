#!/usr/bin/env python3
"""Cross-checks the hand-written truth files against their pages (needs PyYAML).

Every stated amount, total, title, quoted or contact person and every figure in a `want`
must occur in the page text. Prints the coverage of each set. Exit status 1 on a problem.
"""
import glob, html, os, re, sys
import yaml

os.chdir(os.path.dirname(os.path.abspath(__file__)))
problems = 0
for d in ("releases", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8"):
    files = sorted(glob.glob(d + "/*.truth.yaml"))
    donors, recipients, currencies, styles, n_html = set(), set(), set(), {}, 0
    for f in files:
        t = yaml.safe_load(open(f))
        name = f[: -len(".truth.yaml")]
        page = name + ".html" if os.path.exists(name + ".html") else name + ".txt"
        n_html += page.endswith(".html")
        text = html.unescape(re.sub(r"\s+", " ", open(page).read()))
        donors |= set(map(str, t["donors"]))
        recipients |= set(map(str, t["recipients"]))
        styles[t["style"]] = styles.get(t["style"], 0) + 1
        checks = [("amount", a["stated"]) for a in t.get("amounts") or []]
        currencies |= {a["currency"] for a in t.get("amounts") or []}
        if t.get("total"):
            checks.append(("total", t["total"]["stated"]))
        if t.get("title"):
            checks.append(("title", t["title"]))
        for k in ("quotes", "contacts"):
            checks += [(k, p.get("person") or p["email"]) for p in t.get(k) or []]
        for q in t["questions"]:
            checks += [("want", w) for w in q.get("want", []) if re.search(r"\d", w)]
        for kind, s in checks:
            if s not in text:
                print(f"{f}: {kind} {s!r} not in {page}")
                problems += 1
    print(f"{d}: {len(files)} fixtures, {n_html} html; {len(donors)} donors {sorted(donors)}; "
          f"{len(recipients)} recipients; currencies {sorted(currencies)}; styles {styles}")
sys.exit(1 if problems else 0)
