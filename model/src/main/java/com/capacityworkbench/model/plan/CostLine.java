package com.capacityworkbench.model.plan;

import com.capacityworkbench.model.scenario.Period;

/** Dollars of one category paid to one provider in one period: the finest grain of plan cost. */
public record CostLine(String provider, CostCategory category, Period period, double usd) {
}
