package org.dais.extract;

/**
 * One office as written in a title phrase: {@code title} of {@code organization}, the
 * organization optionally a unit of {@code parentOrganization} ("at X under Y").
 */
public record Office(String title, String organization, String parentOrganization) {}
