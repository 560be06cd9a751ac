package org.dais.resolve;

import org.dais.extract.Extraction;

/** Pipeline stage 6: mentions to entities. */
public interface EntityResolver {
    ResolvedDocument resolve(Extraction extraction);
}
