package vn.nq57.sync.sandbox;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** One page of the task catalogue assigned to a unit. */
record TaskPage(int page, int totalPages, List<JsonNode> items) {}
