// Reviews: panel, invitations, consent, blockers, quality standards. Types register on import.
import "./review.node.js";
import "./enums.js";
import "./nodes.js";
import "./panel-candidates.js";
import "./panel-photo.js";
import "./computed.js";
import "./reviews.schema.js";
import "./quality-assessments.js";
