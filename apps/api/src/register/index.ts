// Register, setting history and review requests: types register themselves on import.
