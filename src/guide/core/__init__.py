"""The data every part of the machinery reads; standard library only."""
