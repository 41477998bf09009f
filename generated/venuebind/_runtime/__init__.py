"""Hand-maintained runtime of venuebind: credentials, signing, wire, transport."""
