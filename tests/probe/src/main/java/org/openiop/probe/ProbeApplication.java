package org.openiop.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The probe's REST application: bearer tokens from the openiop realm, as OpenIOP's own API takes
 * them.
 */
@ApplicationPath("/")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "openiop")
public class ProbeApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(BoundaryProbe.class);
    }
}
