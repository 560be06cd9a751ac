package org.dais.cli;
public class Main { public static void main(String[] a) {} }
