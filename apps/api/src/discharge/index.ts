// Discharge plans, planners, emergency protocol meetings, restricted patients: types register on import.
