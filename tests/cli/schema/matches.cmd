$OPP schema | cmp - ../../../schema/opp.schema.json && echo same; $OPP schema --path | grep -c 'opp.schema.json$'
