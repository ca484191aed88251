package org.waymark.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The Universal Dependencies relations (with the subtypes CoreNLP gives) that Waymark's rules tell apart. */
public enum Relation {
    ROOT, NSUBJ, NSUBJ_PASS, CSUBJ, OBJ, IOBJ, OBL, OBL_AGENT, OBL_TMOD, OBL_NPMOD, NMOD, NMOD_POSS, NMOD_TMOD,
    NMOD_NPMOD, AMOD, COMPOUND, CONJ, CC, APPOS, CASE, FIXED, FLAT, ADVMOD, AUX, AUX_PASS, COP, MARK, XCOMP, CCOMP,
    ADVCL, ACL, ACL_RELCL, DET, NUMMOD, NEG, PUNCT, PARATAXIS, DEP, COMPOUND_PRT, OTHER;

    private static final Map<String, Relation> BY_NAME = new HashMap<>();

    static {
        for (Relation r : values()) {
            BY_NAME.put(r.name().toLowerCase(Locale.ROOT).replace('_', ':'), r);
        }
        BY_NAME.put("nsubjpass", NSUBJ_PASS);
        BY_NAME.put("auxpass", AUX_PASS);
        BY_NAME.put("dobj", OBJ);
        BY_NAME.put("det:predet", DET);
        BY_NAME.put("nummod:gov", NUMMOD);
        BY_NAME.put("advmod:emph", ADVMOD);
        BY_NAME.put("flat:foreign", FLAT);
        BY_NAME.put("obl:npmod", OBL_NPMOD);
        BY_NAME.put("nmod:npmod", NMOD_NPMOD);
        BY_NAME.put("compound:prt", COMPOUND_PRT);
    }

    /** The relation of a UD label such as "nsubj:pass" or "obl"; unknown labels give their base, else OTHER. */
    public static Relation of(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        Relation r = BY_NAME.get(l);
        if (r == null && l.indexOf(':') > 0) {
            r = BY_NAME.get(l.substring(0, l.indexOf(':')));
        }
        return r == null ? OTHER : r;
    }

    /** A subject, active or passive. */
    public boolean isSubject() {
        return this == NSUBJ || this == NSUBJ_PASS || this == CSUBJ;
    }

    /** An oblique or nominal modifier: the relations a prepositional phrase hangs by. */
    public boolean isModifier() {
        return this == OBL || this == OBL_AGENT || this == NMOD;
    }
}
