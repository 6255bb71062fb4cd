package com.capacityworkbench.solver.service;

/** How a solve ended: it reached a limit, it was stopped, or it failed. */
public enum SolveOutcome { COMPLETED, STOPPED, FAILED }
