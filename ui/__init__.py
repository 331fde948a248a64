"""Deal Worksheet's Qt front end. It imports the core, never the reverse."""
