"""How sites glue their name onto a headline: "Headline | Site", "Headline - Site", "Site :: Headline"."""

import re

SITE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|»|/)\s+")
