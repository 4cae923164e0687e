package org.mentorhub.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build made, deployed as is: integration tests test what ships. */
public final class PluginDeployment {
  private PluginDeployment() {}

  public static WebArchive war() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("mentorhub.it.war", "target/mentorhub.war")));
  }
}
