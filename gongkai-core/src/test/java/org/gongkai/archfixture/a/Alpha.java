package org.gongkai.archfixture.a;

import org.gongkai.archfixture.b.Beta;

/** Half of a deliberate package cycle (a → b → a) that ArchitectureTest's cycle rule must report. */
public class Alpha {

    Beta partner;
}
