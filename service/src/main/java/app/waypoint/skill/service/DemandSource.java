package app.waypoint.skill.service;

/** Where a skill's demand weight comes from, so a screen can say how its gap score is made. */
public enum DemandSource {
    /** The guide's job-posting figures. */
    GUIDE,
    /** The guide's figures averaged with the share of the person's own tracked postings. */
    GUIDE_AND_POSTINGS,
    /** The guide has no figure; the share of the person's own tracked postings alone. */
    POSTINGS,
    /** Neither the guide nor the person's postings: the lowest weight, {@link SkillService#UNMEASURED_DEMAND_WEIGHT}. */
    NONE
}
