# A language without a catalogue, or a locale that does not exist,
# falls back to the English of the source.
LC_ALL= LANGUAGE= LANG=xx_YY.UTF-8 $OPP validate --as-of 2026-12-01 kapot.yaml; echo "rc $?"
LC_ALL= LANG=C.UTF-8 LANGUAGE=fr $OPP validate --as-of 2026-12-01 kapot.yaml 2>&1 | head -1
LC_ALL= LANGUAGE= LANG=nl_NL.UTF-8 OPP_LOCALEDIR=/nonexistent $OPP validate --as-of 2026-12-01 kapot.yaml 2>&1 | head -1
