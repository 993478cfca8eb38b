# tests/git/fixture.sh — the git-repository fixture builder, shared by
# every test that needs a plan with a history (opp log, opp diff, the
# lapse of an agreement in opp validate) and by the benchmarks.
#
# Source it from a test (sh), with $top set to the source tree, then
# build a repository step by step:
#
#   top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
#   fx_init "$TMP/cases"                 # a new repository, branch main
#   fx_as "Femke de Groot" f.degroot@school.example
#   fx_on 2026-10-06                     # author and commit date (12:00, Amsterdam)
#   cp plan.yaml "$TMP/cases/sam.yaml"; fx_commit "OT: plan opgesteld"
#   fx_mv sam.yaml "plannen/sam de vries.yaml"; fx_commit "hernoemd"
#   fx_branch bekostiging ... fx_checkout main ... fx_merge bekostiging "merge"
#
# Everything that goes into a commit is fixed (names, emails, dates,
# time zone, messages, no signing, no hooks, no user or system config),
# so commit ids are the same on every machine and outputs are golden.
# Commands run in the repository's top folder; git's own output is
# silenced (errors still show). fx_history builds the standard history
# of tests/git/plan/ (see fx_history below).

fx_top=${top:?set top to the source tree before sourcing tests/git/fixture.sh}/tests/git

# Isolation from the machine: the same repository everywhere, and the
# opp under test reads it with the same settings.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null HOME=${TMP:-/tmp}
export GIT_AUTHOR_NAME=nobody GIT_AUTHOR_EMAIL=nobody@example.invalid
export GIT_COMMITTER_NAME=nobody GIT_COMMITTER_EMAIL=nobody@example.invalid
export TZ=Europe/Amsterdam LC_ALL=C
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE

fx_git() {
	git -C "$fx_repo" "$@"
}

# fx_init DIR: a new, empty repository at DIR with branch main.
fx_init() {
	fx_repo=$1
	mkdir -p "$fx_repo"
	git init -q -b main "$fx_repo"
	fx_git config commit.gpgsign false
	fx_git config core.hooksPath /dev/null
	fx_git config core.autocrlf false
	fx_on 2026-09-01
}

# fx_as NAME EMAIL: who writes the next commits (author and committer).
fx_as() {
	export GIT_AUTHOR_NAME="$1" GIT_AUTHOR_EMAIL="$2"
	export GIT_COMMITTER_NAME="$1" GIT_COMMITTER_EMAIL="$2"
}

# fx_on DATE [HH:MM]: the date of the next commits.
fx_on() {
	fx_when="$1T${2:-12:00}:00"
	export GIT_AUTHOR_DATE="$fx_when" GIT_COMMITTER_DATE="$fx_when"
}

# fx_commit MESSAGE: commit every change in the work tree.
fx_commit() {
	fx_git add -A
	fx_git commit -q --allow-empty -m "$1"
}

# fx_put SRC DEST: copy SRC (a file) to DEST in the work tree.
fx_put() {
	mkdir -p -- "$fx_repo/$(dirname -- "$2")"
	cp -- "$1" "$fx_repo/$2"
}

# fx_mv OLD NEW: rename a file in the work tree (git mv).
fx_mv() {
	mkdir -p -- "$fx_repo/$(dirname -- "$2")"
	fx_git mv -- "$1" "$2"
}

fx_branch() { fx_git checkout -q -b "$1"; }
fx_checkout() { fx_git checkout -q "$1"; }

# fx_merge BRANCH MESSAGE: a merge commit (never a fast-forward).
fx_merge() {
	fx_git merge -q --no-ff --no-edit -m "$2" "$1" >/dev/null
}

# fx_rev REV: the abbreviated commit id of REV.
fx_rev() {
	fx_git rev-parse --short=7 "$1"
}

# fx_history DIR [NAME]: the standard history of one plan, in a new
# repository at DIR (the file ends up as NAME, default
# "plannen/2026/sam de vries.yaml"), from the versions in
# tests/git/plan/:
#
#   2026-09-15 Femke de Groot   01 intake: waarneming, OT planned      sam.yaml
#   2026-10-06 Femke de Groot   02 OT held: goals, support, afspraken
#   2026-10-08 Femke de Groot   03 parents and school sign (digests)
#   2026-10-20 Noor de Jong     04 renamed to NAME, a progress note
#   2026-10-22 Sevda Yilmaz     05 on branch bekostiging: toegang signs, funding granted
#   2026-11-02 Femke de Groot   06 on main: a term moved, support added (the agreements lapse)
#   2026-11-05 Femke de Groot   07 merge of bekostiging
#   2026-11-20 Noor de Jong     08 afspraak done, progress noted, meeting moved
fx_history() {
	fx_plan=$fx_top/plan
	fx_name=${2:-plannen/2026/sam de vries.yaml}
	fx_init "$1"
	fx_as "Femke de Groot" f.degroot@school.example
	fx_on 2026-09-15 09:30
	fx_put "$fx_plan/01.yaml" sam.yaml
	fx_commit "Aanmelding: waarneming, OT gepland"
	fx_on 2026-10-06 15:10
	fx_put "$fx_plan/02.yaml" sam.yaml
	fx_commit "OT gehouden: doelen, arrangement, afspraken"
	fx_on 2026-10-08 16:00
	fx_put "$fx_plan/03.yaml" sam.yaml
	fx_commit "Ondertekend door ouders en school"
	fx_as "Noor de Jong" n.dejong@school.example
	fx_on 2026-10-20 12:15
	fx_mv sam.yaml "$fx_name"
	fx_put "$fx_plan/04.yaml" "$fx_name"
	fx_commit "Hernoemd; voortgang planbord"
	fx_branch bekostiging
	fx_as "Sevda Yilmaz" s.yilmaz@gemeente.example
	fx_on 2026-10-22 10:00
	fx_put "$fx_plan/05.yaml" "$fx_name"
	fx_commit "Toegang tekent; beschikking afgegeven"
	fx_checkout main
	fx_as "Femke de Groot" f.degroot@school.example
	fx_on 2026-11-02 11:45
	fx_put "$fx_plan/06.yaml" "$fx_name"
	fx_commit "Termijn verschoven, ochtendhulp toegevoegd"
	fx_on 2026-11-05 09:00
	fx_merge bekostiging "Merge bekostiging"
	fx_as "Noor de Jong" n.dejong@school.example
	fx_on 2026-11-20 14:30
	fx_put "$fx_plan/08.yaml" "$fx_name"
	fx_commit "Afspraak gedaan, voortgang, evaluatie verzet"
}
