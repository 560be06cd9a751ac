package org.dais.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The head noun of a name decides its kind, not a keyword inside it (invented names). */
class OrganizationKindsTest {
    @Test
    void schoolsByTheirHeadNoun() {
        assertEquals(DAIS.School, OrganizationKinds.classify("Hamhung University of Light Industry"));
        assertEquals(DAIS.School, OrganizationKinds.classify("Sariwon Agricultural College"));
        assertEquals(DAIS.School, OrganizationKinds.classify("Kangso Revolutionary School"));
    }

    @Test
    void aKeywordInsideTheNameIsNotTheKind() {
        assertEquals(DAIS.Factory, OrganizationKinds.classify("Kanggye Schoolchildren's Bag Factory"));
        assertNotEquals(DAIS.School, OrganizationKinds.classify("Coal Mining Industry Institute"));
        assertNotEquals(DAIS.School, OrganizationKinds.classify("International Institute of Rural Studies"));
    }

    @Test
    void anOrganOfAMassOrganizationIsNoStateOrgan() {
        assertEquals(DAIS.MassOrganization, OrganizationKinds.classify("Central Standing Committee of the Federation of Korean Traders in Brazil"));
        assertEquals(DAIS.MassOrganization, OrganizationKinds.classify("Culture Department of the Central Committee of the League of Rural Youth"));
        assertEquals(DAIS.StateOrgan, OrganizationKinds.classify("Standing Committee of the Supreme People's Assembly"));
    }

    @Test
    void aComplexIsAWorksOnlyWhenItMakesSomething() {
        assertEquals(DAIS.Factory, OrganizationKinds.classify("Sokhu Cement Complex"));
        assertEquals(DAIS.Factory, OrganizationKinds.classify("Tongbong Iron and Steel Complex"));
        assertNotEquals(DAIS.Factory, OrganizationKinds.classify("Sokhu Health Complex"));
        assertNotEquals(DAIS.Factory, OrganizationKinds.classify("Tongbong Sci-Tech Complex"));
        assertEquals(DAIS.Farm, OrganizationKinds.classify("Sokhu Greenhouse Complex"));
    }

    @Test
    void aMassOrganizationsCentralStandingCommitteeByItsShortName() {
        assertEquals(DAIS.MassOrganization, OrganizationKinds.classify("Sokhu Central Standing Committee"));
        assertEquals(DAIS.MassOrganization, OrganizationKinds.classify("Economic Department of the Sokhu Central Standing Committee"));
        assertEquals(DAIS.StateOrgan, OrganizationKinds.classify("Tongbong Provincial People's Committee"));
    }
}
