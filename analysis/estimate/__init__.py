"""Claims in, estimates out: return rates per source and entity, and regions against their member countries."""
