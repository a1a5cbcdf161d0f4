// Findings, summary, actions, escalations, reports. Types register on import.
import "./action.node.js";
import "./finding.node.js";
import "./update.node.js";
import "./question.node.js";
import "./escalation.node.js";
import "./report.node.js";
import "./actions.schema.js";
import "./findings.schema.js";
import "./escalations.schema.js";
import "./reports.schema.js";
import "./questions.schema.js";
import "./reports-due.js";
