package vn.nq57.sync.national;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cached national catalogue: operators and admins read it; admins refresh it now (a failed
 * refresh answers its problem and keeps the catalogue read before).
 */
@RestController
@RequestMapping("/api/catalogue")
class CatalogueController {

  private final NationalCatalogue catalogue;

  CatalogueController(NationalCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  CatalogueState read() {
    return catalogue.state();
  }

  @PostMapping("/refresh")
  CatalogueState refresh() {
    return catalogue.refresh();
  }
}
