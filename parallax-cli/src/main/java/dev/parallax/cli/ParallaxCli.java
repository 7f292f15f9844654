package dev.parallax.cli;
public final class ParallaxCli { public static void main(String[] a) {} }
