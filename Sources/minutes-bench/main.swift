print("minutes-bench: not written yet")
