package vn.nq57.sync.national;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of GET /api/v1/units/{unitCode}/tasks: page number (from 0), page count, tasks. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CataloguePage(Integer page, Integer totalPages, List<CatalogueTask> items) {}
