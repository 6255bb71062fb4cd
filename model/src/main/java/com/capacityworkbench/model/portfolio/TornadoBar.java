package com.capacityworkbench.model.portfolio;

/**
 * How much one uncertain input moves a figure: its mean over the futures where the input drew its lowest fifth of
 * values, and over those where it drew its highest fifth. The inputs with the widest bars are what to watch.
 */
public record TornadoBar(String input, double whenLow, double whenHigh) {

    public double swing() {
        return Math.abs(whenHigh - whenLow);
    }
}
