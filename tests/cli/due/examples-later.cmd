$OPP due --as-of 2027-02-01 ../../../examples
