/**
 * What every per-period record of an indicator shares (targets, figures, officers' ratings, comparators; next,
 * milestone progress). A new kind is one small package:
 * <ul>
 *   <li>an {@code @Entity} extending {@link uk.org.councilkpi.perperiod.PeriodRecord} with its own columns;</li>
 *   <li>a repository extending {@link uk.org.councilkpi.perperiod.PeriodRecordRepository} (its table comes from the
 *       entity's {@code @Table});</li>
 *   <li>a service extending {@link uk.org.councilkpi.perperiod.PeriodRecordService} with its
 *       {@link uk.org.councilkpi.perperiod.PeriodKind} (name, {@link uk.org.councilkpi.perperiod.SignoffLock},
 *       factory, answer) and how a request is checked and written;</li>
 *   <li>a resource that answers a PUT with {@link uk.org.councilkpi.web.PutAnswer}; one that takes corrections
 *       extends {@link uk.org.councilkpi.perperiod.PeriodRecordResource} (a merge patch applied to the record as it
 *       stands). It declares only the answers particular to it (common/ContractFilter adds 400, 404 and 412 by
 *       the operation's shape), and is listed in common/RequiredRoles.</li>
 * </ul>
 */
package uk.org.councilkpi.perperiod;
