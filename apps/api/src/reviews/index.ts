// Reviews: panel, invitations, consent, blockers, quality standards. Types register on import.
import "./review.node.js";
