#!/bin/sh
# Regenerates README.md from README.head.md and the truth files (needs python3 with PyYAML).
cd "$(dirname "$0")" || exit 1
{
  cat README.head.md
  python3 - <<'PY'
import glob, os, yaml
for d in ("releases", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "scouted"):
    files = sorted(glob.glob(d + "/*.truth.yaml"))
    print(f"### {d}/ ({len(files)} fixtures)\n")
    print("| fixture | file | style | donors | recipients | currency | modelled on |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for f in files:
        t = yaml.safe_load(open(f))
        name = os.path.basename(f)[: -len(".truth.yaml")]
        ext = "html" if os.path.exists(f"{d}/{name}.html") else "txt"
        cur = sorted({a["currency"] for a in t.get("amounts") or [] if a.get("currency")})
        mo = t["modelled_on"].split(" — ")
        print(f"| {name} | {ext} | {t['style']} | {', '.join(map(str, t['donors']))} | "
              f"{', '.join(map(str, t['recipients']))} | {', '.join(cur)} | {mo[0]}: {mo[-1]} |")
    print()
PY
} > README.md
