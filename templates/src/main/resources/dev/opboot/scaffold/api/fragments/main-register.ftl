<#if !resource.takesClock>
operator.register(new [=resource.reconciler]());
<#elseif insertionTarget?contains("Clock clock")>
operator.register(new [=resource.reconciler](clock));
<#else>
operator.register(new [=resource.reconciler](java.time.Clock.systemUTC()));
</#if>
