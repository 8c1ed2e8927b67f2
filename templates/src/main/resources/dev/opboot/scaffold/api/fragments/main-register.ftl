<#if project.namespaced><#assign watch=", watching(namespaces)"><#else><#assign watch=""></#if>
<#if !resource.takesClock>
operator.register(new [=resource.reconciler]()[=watch]);
<#elseif insertionTarget?contains("Clock clock")>
operator.register(new [=resource.reconciler](clock)[=watch]);
<#else>
operator.register(new [=resource.reconciler](java.time.Clock.systemUTC())[=watch]);
</#if>
