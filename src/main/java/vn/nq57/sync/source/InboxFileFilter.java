package vn.nq57.sync.source;

import java.io.File;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.springframework.stereotype.Component;

/**
 * The file filter of every inbox route: hands on every file except those still being written under
 * a temporary name ({@link InboxRules#temporary}), so that a refused name, an empty file or a
 * symbolic link reaches the run, which refuses it with its reason, instead of lying in the inbox.
 */
@Component("inboxFileFilter")
class InboxFileFilter implements GenericFileFilter<File> {

  @Override
  public boolean accept(GenericFile<File> file) {
    return !file.isDirectory() && !InboxRules.temporary(file.getFileNameOnly());
  }
}
