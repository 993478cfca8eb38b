# The documented pre-commit hook stops a commit with a broken case and lets a clean one through.
top=$(cd ../../.. && pwd)
cd "$TMP" && git init -q cases && cd cases && git config user.email t@example.invalid && git config user.name t
cp "$top/docs/examples/pre-commit" .git/hooks/pre-commit
cp "$top/tests/cli/validate/base.yaml" sam.yaml && git add sam.yaml
OPP="$OPP" git commit -qm clean && echo "clean: committed"
sed 's/rol: ouders/rol: ouder/' sam.yaml > n2 && mv n2 sam.yaml && git add sam.yaml
OPP="$OPP" git commit -qm broken; echo "broken: $?"
git log --oneline | wc -l
