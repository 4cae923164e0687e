package org.mentorhub.directory;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mentorhub.directory.index.MentorSearcher;
import org.mentorhub.platform.security.Caller;
import org.mentorhub.platform.security.RequiresRole;
import org.mentorhub.platform.security.Role;

/** {@code /api/v1/mentors}: finding mentors and their profiles. */
@Path("mentors")
@Produces(MediaType.APPLICATION_JSON)
public class MentorResource {

  @Inject ProfileService profiles;

  @GET
  @Path("me")
  @RequiresRole(Role.MENTOR)
  @Operation(summary = "The caller's own mentor profile")
  public MentorProfileView mine(@Context SecurityContext security) {
    Caller caller = Caller.of(security);
    return profiles.mentorProfile(caller, caller.id());
  }

  @PUT
  @Path("me")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole(Role.MENTOR)
  @Operation(summary = "Create or update the caller's mentor profile; searchable within a second")
  public MentorProfileView save(
      @Context SecurityContext security, @NotNull @Valid MentorProfileInput input) {
    return profiles.saveOwnMentorProfile(Caller.of(security), input);
  }

  @GET
  @Path("recommendations")
  @Operation(summary = "Mentors ranked for the calling mentee, each with a 0-100 score and reasons")
  public List<RecommendationView> recommendations(
      @Context SecurityContext security, @QueryParam("limit") Integer limit) {
    return matching.recommend(Caller.of(security), limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A mentor's profile")
  public MentorProfileView get(@Context SecurityContext security, @PathParam("id") String id) {
    return profiles.mentorProfile(Caller.of(security), id);
  }

  @Inject MentorSearchService search;
  @Inject MatchingService matching;

  @GET
  @Path("search")
  @Operation(
      summary =
          "Search mentors: any text (quotes make phrases), facet filters OR within a facet and"
              + " AND across facets, counts that drill sideways, highlights")
  public MentorSearchView search(
      @QueryParam("q") String q,
      @Parameter(description = "repeat to OR") @QueryParam("industry") List<String> industry,
      @QueryParam("expertise") List<String> expertise,
      @Parameter(description = "ISO 639-1") @QueryParam("language") List<String> language,
      @Parameter(description = "ISO 3166-1 alpha-2") @QueryParam("country") List<String> country,
      @Parameter(description = "true or false") @QueryParam("accepting") String accepting,
      @Parameter(description = "relevance (default) or accepting") @QueryParam("sort") String sort,
      @Parameter(description = "1-based") @QueryParam("page") Integer page,
      @Parameter(description = "1 to 100, default 20") @QueryParam("size") Integer size) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("industry", industry);
    filters.put("expertise", expertise);
    filters.put("language", language);
    filters.put("country", country);
    return search.search(q, filters, accepting, sort, page, size);
  }

  @GET
  @Path("suggest")
  @Operation(summary = "Completions of names, expertise areas and industries as the user types")
  public List<MentorSearcher.Suggestion> suggest(@QueryParam("prefix") String prefix) {
    return search.suggest(prefix);
  }
}
