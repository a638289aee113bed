package org.gongkai.archfixture.b;

import org.gongkai.archfixture.a.Alpha;

/** The other half of the deliberate package cycle (b → a). */
public class Beta {

    Alpha partner;
}
