package vn.nq57.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One page of the task catalogue assigned to a unit. */
record TaskPage(int page, int totalPages, List<JsonNode> items) {}
