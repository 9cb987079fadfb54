def run_length_encode(s: str) -> str:
    """Return s with every run of equal characters written as the character and its count."""
    pass
