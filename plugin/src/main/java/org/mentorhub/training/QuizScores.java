package org.mentorhub.training;

/** A member's attempts at one quiz: how many, and the best score among them. */
record QuizScores(int attempts, int bestScore) {}
