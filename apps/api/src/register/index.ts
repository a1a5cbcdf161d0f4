// Register, setting history and review requests: types register themselves on import.
import "./enums.js";
import "./register.node.js";
import "./setting.node.js";
import "./request.node.js";
import "./register.schema.js";
import "./due-reviews.js";
