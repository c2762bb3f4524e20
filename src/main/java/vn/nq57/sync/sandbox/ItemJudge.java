package vn.nq57.sync.sandbox;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Judges the items of one submission, one by one, as of the moment processing completes. */
interface ItemJudge {

  List<ItemResult> judge(JsonNode items, Instant at);
}
