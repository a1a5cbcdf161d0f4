// Discharge plans, planners, emergency protocol meetings, restricted patients: types register on import.
import "./discharge-plan.node.js";
import "./discharge-plan.mutations.js";
import "./planner.node.js";
import "./emergency.node.js";
import "./restricted.node.js";
