// NHS England returns: the anonymised review dataset (Appendix 5). Types register on import.
import "./returns.schema.js";
