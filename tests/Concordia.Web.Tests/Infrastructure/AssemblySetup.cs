[assembly: AssemblyFixture(typeof(Concordia.Web.Tests.Infrastructure.Apps))]
