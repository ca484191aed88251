package org.waymark.movement;

/** Parses written by hand for the rules' tests: sentences of this project, in Universal Dependencies. */
final class Fixtures {
    private Fixtures() {
    }

    /** "Troops were flown from Iraq to the Jordanian border ." */
    static Scenes toTheBorder() {
        return Scenes.parse("""
                1 Troops troop NNS 3 nsubj:pass
                2 were be VBD 3 aux:pass
                3 flown fly VBN 0 root
                4 from from IN 5 case
                5 Iraq iraq NNP 3 obl LOCATION
                6 to to IN 9 case
                7 the the DT 9 det
                8 Jordanian jordanian JJ 9 amod MISC
                9 border border NN 3 obl
                10 . . . 3 punct
                """).country("Iraq", "IQ").demonym("Jordanian", "JO", "Jordan");
    }

    /** "Families left Homs and Hama for Lebanon ." */
    static Scenes leftFor() {
        return Scenes.parse("""
                1 Families family NNS 2 nsubj
                2 left leave VBD 0 root
                3 Homs homs NNP 2 obj LOCATION
                4 and and CC 5 cc
                5 Hama hama NNP 3 conj LOCATION
                6 for for IN 7 case
                7 Lebanon lebanon NNP 2 obl LOCATION
                8 . . . 2 punct
                """).city("Homs", "SY").city("Hama", "SY").country("Lebanon", "LB");
    }

    /** "Boats carried migrants to camps on Lesbos ." */
    static Scenes insideThePhrase() {
        return Scenes.parse("""
                1 Boats boat NNS 2 nsubj
                2 carried carry VBD 0 root
                3 migrants migrant NNS 2 obj
                4 to to IN 5 case
                5 camps camp NNS 2 obl
                6 on on IN 7 case
                7 Lesbos lesbos NNP 5 nmod LOCATION
                8 . . . 2 punct
                """).city("Lesbos", "GR");
    }

    /** "The wounded were taken to hospitals in Lyon ." with "in Lyon" hung beside "to hospitals". */
    static Scenes besideThePhrase() {
        return Scenes.parse("""
                1 The the DT 2 det
                2 wounded wounded NNS 4 nsubj:pass
                3 were be VBD 4 aux:pass
                4 taken take VBN 0 root
                5 to to IN 6 case
                6 hospitals hospital NNS 4 obl
                7 in in IN 8 case
                8 Lyon lyon NNP 4 obl LOCATION
                9 . . . 4 punct
                """).city("Lyon", "FR");
    }

    /** "Suspects were taken into custody in Lyon ." */
    static Scenes custody() {
        return Scenes.parse("""
                1 Suspects suspect NNS 3 nsubj:pass
                2 were be VBD 3 aux:pass
                3 taken take VBN 0 root
                4 into into IN 5 case
                5 custody custody NN 3 obl
                6 in in IN 7 case
                7 Lyon lyon NNP 3 obl LOCATION
                8 . . . 3 punct
                """).city("Lyon", "FR");
    }

    /** "Russian grain deliveries to Egypt rose ." */
    static Scenes deliveries() {
        return Scenes.parse("""
                1 Russian russian JJ 3 amod MISC
                2 grain grain NN 3 compound
                3 deliveries delivery NNS 6 nsubj
                4 to to IN 5 case
                5 Egypt egypt NNP 3 nmod LOCATION
                6 rose rise VBD 0 root
                7 . . . 6 punct
                """).demonym("Russian", "RU", "Russia").country("Egypt", "EG");
    }

    /** "Turkey imports grain from Ukraine ." */
    static Scenes imports() {
        return Scenes.parse("""
                1 Turkey turkey NNP 2 nsubj LOCATION
                2 imports import VBZ 0 root
                3 grain grain NN 2 obj
                4 from from IN 5 case
                5 Ukraine ukraine NNP 2 obl LOCATION
                6 . . . 2 punct
                """).country("Turkey", "TR").country("Ukraine", "UA");
    }

    /** "The Uzbek government would accept migrants deported from Germany ." */
    static Scenes receiver() {
        return Scenes.parse("""
                1 The the DT 3 det
                2 Uzbek uzbek JJ 3 amod MISC
                3 government government NN 5 nsubj
                4 would would MD 5 aux
                5 accept accept VB 0 root
                6 migrants migrant NNS 5 obj
                7 deported deport VBN 6 acl
                8 from from IN 9 case
                9 Germany germany NNP 7 obl LOCATION
                10 . . . 5 punct
                """).demonym("Uzbek", "UZ", "Uzbekistan").country("Germany", "DE");
    }

    /** "Thousands of Afghans have entered Iran ." with "Afghans" not mapped as a place. */
    static Scenes afghans() {
        return Scenes.parse("""
                1 Thousands thousand NNS 5 nsubj
                2 of of IN 3 case
                3 Afghans afghan NNPS 1 nmod MISC
                4 have have VBP 5 aux
                5 entered enter VBN 0 root
                6 Iran iran NNP 5 obj LOCATION
                7 . . . 5 punct
                """).country("Iran", "IR");
    }

    /** "Officials denied a report that prisoners had been flown to Belarus ." */
    static Scenes deniedReport() {
        return Scenes.parse("""
                1 Officials official NNS 2 nsubj
                2 denied deny VBD 0 root
                3 a a DT 4 det
                4 report report NN 2 obj
                5 that that IN 9 mark
                6 prisoners prisoner NNS 9 nsubj:pass
                7 had have VBD 9 aux
                8 been be VBN 9 aux:pass
                9 flown fly VBN 4 ccomp
                10 to to IN 11 case
                11 Belarus belarus NNP 9 obl LOCATION
                12 . . . 2 punct
                """).country("Belarus", "BY");
    }

    /** "No troops had left Minsk for Grodno ." */
    static Scenes noTroops() {
        return Scenes.parse("""
                1 No no DT 2 det
                2 troops troop NNS 4 nsubj
                3 had have VBD 4 aux
                4 left leave VBN 0 root
                5 Minsk minsk NNP 4 obj LOCATION
                6 for for IN 7 case
                7 Grodno grodno NNP 4 obl LOCATION
                8 . . . 4 punct
                """).city("Minsk", "BY").city("Grodno", "BY");
    }

    /** "Residents would be moved to Umbria if the dam failed ." */
    static Scenes conditional() {
        return Scenes.parse("""
                1 Residents resident NNS 4 nsubj:pass
                2 would would MD 4 aux
                3 be be VB 4 aux:pass
                4 moved move VBN 0 root
                5 to to IN 6 case
                6 Umbria umbria NNP 4 obl LOCATION
                7 if if IN 10 mark
                8 the the DT 9 det
                9 dam dam NN 10 nsubj
                10 failed fail VBD 4 advcl
                11 . . . 4 punct
                """).city("Umbria", "IT");
    }

    /** "Soldiers pulled out of Iraq were sent on to Kuwait ." as a reduced relative on the soldiers. */
    static Scenes pulledOut() {
        return Scenes.parse("""
                1 Soldiers soldier NNS 7 nsubj:pass
                2 pulled pull VBN 1 acl
                3 out out RP 2 compound:prt
                4 of of IN 5 case
                5 Iraq iraq NNP 2 obl LOCATION
                6 were be VBD 7 aux:pass
                7 sent send VBN 0 root
                8 on on RP 7 compound:prt
                9 to to IN 10 case
                10 Kuwait kuwait NNP 7 obl LOCATION
                11 . . . 7 punct
                """).country("Iraq", "IQ").country("Kuwait", "KW");
    }

    /** "Some smugglers entered Spain , while others came from Portugal ." */
    static Scenes whileOthers() {
        return Scenes.parse("""
                1 Some some DT 2 det
                2 smugglers smuggler NNS 3 nsubj
                3 entered enter VBD 0 root
                4 Spain spain NNP 3 obj LOCATION
                5 , , , 3 punct
                6 while while IN 8 mark
                7 others other NNS 8 nsubj
                8 came come VBD 3 advcl
                9 from from IN 10 case
                10 Portugal portugal NNP 8 obl LOCATION
                11 . . . 3 punct
                """).country("Spain", "ES").country("Portugal", "PT");
    }

    /** "Fans flew to London on an Air India flight ." */
    static Scenes airline() {
        return Scenes.parse("""
                1 Fans fan NNS 2 nsubj
                2 flew fly VBD 0 root
                3 to to IN 4 case
                4 London london NNP 2 obl LOCATION
                5 on on IN 9 case
                6 an a DT 9 det
                7 Air air NN 8 compound ORGANIZATION
                8 India india NNP 9 compound ORGANIZATION
                9 flight flight NN 2 obl
                10 . . . 2 punct
                """).city("London", "GB").country("India", "IN");
    }

    /** "Detainees were flown to Erbil , Iraq , and Kuwait ." */
    static Scenes placeAndItsCountry() {
        return Scenes.parse("""
                1 Detainees detainee NNS 3 nsubj:pass
                2 were be VBD 3 aux:pass
                3 flown fly VBN 0 root
                4 to to IN 5 case
                5 Erbil erbil NNP 3 obl LOCATION
                6 , , , 7 punct
                7 Iraq iraq NNP 5 appos LOCATION
                8 , , , 10 punct
                9 and and CC 10 cc
                10 Kuwait kuwait NNP 5 conj LOCATION
                11 . . . 3 punct
                """).city("Erbil", "IQ").country("Iraq", "IQ").country("Kuwait", "KW");
    }

    /** "BEIRUT , May 2 - Families returned to Syria ." */
    static Scenes dateline() {
        return Scenes.parse("""
                1 BEIRUT beirut NNP 7 nmod:npmod LOCATION
                2 , , , 1 punct
                3 May may NNP 1 appos
                4 2 2 CD 3 nummod
                5 - - : 7 punct
                6 Families family NNS 7 nsubj
                7 returned return VBD 0 root
                8 to to IN 9 case
                9 Syria syria NNP 7 obl LOCATION
                10 . . . 7 punct
                """).city("BEIRUT", "LB").country("Syria", "SY");
    }

    /** "A Karachi-to-Dubai smuggling route was closed ." */
    static Scenes route() {
        return Scenes.parse("""
                1 A a DT 4 det
                2 Karachi-to-Dubai karachi-to-dubai JJ 4 amod
                3 smuggling smuggling NN 4 compound
                4 route route NN 6 nsubj:pass
                5 was be VBD 6 aux:pass
                6 closed close VBN 0 root
                7 . . . 6 punct
                """).city("Karachi", "PK").city("Dubai", "AE");
    }
}
