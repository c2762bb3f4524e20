package vn.nq57.sync.support;

/** Something an operator asked for does not exist; answered as a 404 problem. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super("No " + what + " with id " + id);
  }
}
