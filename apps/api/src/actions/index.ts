// Findings, summary, actions, escalations, reports. Types register on import.
import "./action.node.js";
