# The config template is Dutch, like the case template: every setting with
# its default and what it does, every rule with its severity.
$OPP new --config -
